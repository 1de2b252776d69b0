// Tests run in UTC with fixed clocks; the product shows Asia/Shanghai explicitly wherever it displays time.
process.env.TZ = 'UTC'
