// The colours of kinds and body types, shared by the network and the charts
// (a module of its own, so that the charts do not load Cytoscape).
export const KIND_COLOURS = {
  PERSON: '#c2410c',
  POST: '#6d28d9',
  AREA: '#047857',
  SOURCE: '#57534e',
  MEETING: '#0e7490',
  DIRECTIVE: '#854d0e',
};
export const ORG_COLOURS = {
  PARTY_COMMITTEE: '#b91c1c',
  PARTY_BOARD: '#db2777',
  FRONT: '#ca8a04',
  SOCIO_POLITICAL: '#65a30d',
  ASSOCIATION: '#1d4ed8',
  GOVERNMENT: '#4338ca',
  OTHER: '#64748b',
};
