export * from './server.js'
export * from './state.js'
export { matchOperation, validateBody } from './openapi.js'
export { githubSchema, extendRepositoryResolver } from './graphql.js'
