/**
 * Where the data lives: the datasource taken from configuration (embedded H2 unless a JDBC URL is set) and
 * the schema migrations of every module, applied at start.
 */
package ai.talkturo.numbers.web.database;
