@NullMarked
package io.mediaflow.auth;

import org.jspecify.annotations.NullMarked;
