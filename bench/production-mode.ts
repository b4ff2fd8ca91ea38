/**
 * The api runs with NODE_ENV=production (Dockerfile, docker-compose.yml), and libraries read it once, when they load:
 * graphql-js then skips a development check on every type test of every field it resolves (a third of a timeline
 * page's GraphQL work here). Imported first by every benchmark that starts the api, so it measures what runs in
 * production. The api's own settings still come from the explicit config each benchmark passes (`NODE_ENV: 'test'`
 * there allows its development tokens).
 */
process.env.NODE_ENV = 'production';
