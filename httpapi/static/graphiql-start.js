// Starts GraphiQL against this server's /graphql, with an example query.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var query = [
    '# Who oversees which association in Quận 3?',
    '{',
    '  oversight(filter: {area: "Quận 3", objectType: ASSOCIATION}) {',
    '    totalCount',
    '    nodes {',
    '      overseer { ... on Organization { name type } ... on Person { name } }',
    '      object { ... on Organization { name } ... on Area { name } }',
    '      provenance { source { title date } evidence }',
    '    }',
    '    unassigned { name }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query })
  );
})();
