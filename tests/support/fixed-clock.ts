import type { Clock } from '../../server/ports/clock'

/** A clock tests move by hand, so every assertion can name exact instants. */
export class FixedClock implements Clock {
  private current: Date
  constructor(iso: string) {
    this.current = new Date(iso)
  }
  now(): Date {
    return new Date(this.current)
  }
  set(iso: string): void {
    this.current = new Date(iso)
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms)
  }
}
