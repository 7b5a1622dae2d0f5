/**
 * The web page at {@code /}: one HTML page with its script and style sheet, talking to
 * the public API.
 */
@NullMarked
package io.mediaflow.gateway.web;

import org.jspecify.annotations.NullMarked;
