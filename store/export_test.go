package store

// NeighborhoodCypher is neighborhoodCypher, for the tests of package
// store_test that profile it.
var NeighborhoodCypher = neighborhoodCypher
