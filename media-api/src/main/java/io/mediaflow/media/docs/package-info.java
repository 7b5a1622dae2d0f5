/**
 * The OpenAPI description of media-api: what springdoc cannot read from the controllers
 * themselves (the credentials, the multipart parts, the snake_case JSON, the problem
 * documents every error answers with, the examples).
 */
@NullMarked
package io.mediaflow.media.docs;

import org.jspecify.annotations.NullMarked;
