/**
 * The HTTP adapter: the JSON API v1, the OpenSanctions-compatible {@code /match} route, the OpenAPI
 * document, authentication of each request and the mapping of errors to HTTP statuses.
 *
 * <p>Entry type: {@link org.mizan.api.ApiServer}. It calls the use cases ({@code screening}, {@code
 * audit}) and the store ports; it never reads configuration or the environment itself, and nothing
 * but {@code app} and {@code cli} depends on it.
 */
package org.mizan.api;
