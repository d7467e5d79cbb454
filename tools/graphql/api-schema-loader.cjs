// The public schema clients see, for GraphQL Code Generator: the committed supergraph without
// federation's machinery (join__*, link__*), so typed operations are checked against exactly
// what the gateway serves.
const { readFileSync } = require('node:fs');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = (schemaPath) => Supergraph.build(readFileSync(schemaPath, 'utf8')).apiSchema().toGraphQLJSSchema();
