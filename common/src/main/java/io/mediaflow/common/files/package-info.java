/**
 * Rules for turning what users upload into safe names.
 */
@NullMarked
package io.mediaflow.common.files;

import org.jspecify.annotations.NullMarked;
