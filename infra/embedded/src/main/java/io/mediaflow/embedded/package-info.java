/**
 * Local infrastructure for the standalone run and the tests: probes, database creation,
 * the embedded S3 server.
 */
@NullMarked
package io.mediaflow.embedded;

import org.jspecify.annotations.NullMarked;
