/** Time as a port, so services and tests agree on "now" (tests use fixed instants). */
export interface Clock {
  now(): Date
}
