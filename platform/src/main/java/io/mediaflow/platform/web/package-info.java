/**
 * Servlet helpers the services' filters share.
 */
@NullMarked
package io.mediaflow.platform.web;

import org.jspecify.annotations.NullMarked;
