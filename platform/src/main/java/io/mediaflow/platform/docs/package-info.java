/**
 * OpenAPI pieces both documented services share: the problem document every error is
 * answered with.
 */
@NullMarked
package io.mediaflow.platform.docs;

import org.jspecify.annotations.NullMarked;
