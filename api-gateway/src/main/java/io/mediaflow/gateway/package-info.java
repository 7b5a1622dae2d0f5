@NullMarked
package io.mediaflow.gateway;

import org.jspecify.annotations.NullMarked;
