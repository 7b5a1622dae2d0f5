@NullMarked
package io.mediaflow.media;

import org.jspecify.annotations.NullMarked;
