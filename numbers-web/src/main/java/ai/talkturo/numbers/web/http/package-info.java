/**
 * What the server answers before or beside the API's resources: paths that are none of ours, malformed requests and
 * the container's own refusals, all as API.md's problem+json (the console's as a page of its own).
 */
package ai.talkturo.numbers.web.http;
