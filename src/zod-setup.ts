import * as z from 'zod'
import { useChineseZodMessages } from '../types/zod-locale'

// The app entry's first import: it must run before any schema is built. zod 4 compiles object
// parsers with `new Function` unless jitless; WeChat's Function constructor returns no function,
// so with JIT on every object parse throws "factory is not a function". A schema reads the flag
// when it is created, hence "first".
z.config({ jitless: true })
useChineseZodMessages()
