/** The table of idempotent POSTs' first answers. */
package ai.talkturo.numbers.web.api.adapter.persistence;
