/**
 * Cross-cutting pieces of auth-service: token issuing, password hashing, problem
 * responses.
 */
@NullMarked
package io.mediaflow.auth.system;

import org.jspecify.annotations.NullMarked;
