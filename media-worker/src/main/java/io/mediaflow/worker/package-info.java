@NullMarked
package io.mediaflow.worker;

import org.jspecify.annotations.NullMarked;
