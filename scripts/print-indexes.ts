// Prints every collection and the indexes its queries need, for creating them in the CloudBase
// console (the SQLite adapter creates the same indexes by itself).
import { allCollections } from '../server/functions/all-functions'

for (const spec of allCollections()) {
  console.log(spec.name)
  for (const index of spec.indexes) {
    const fields = index.fields.map(([field, direction]) => `${field} ${direction === 'asc' ? '升序' : '降序'}`).join(', ')
    console.log(`  ${index.unique ? '唯一索引' : '索引'}: ${fields}`)
  }
}
