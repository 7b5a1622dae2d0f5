/**
 * The OpenAPI description of auth-service: what springdoc cannot read from the
 * controllers themselves (the snake_case JSON, the problem documents every error answers
 * with, the examples).
 */
@NullMarked
package io.mediaflow.auth.docs;

import org.jspecify.annotations.NullMarked;
