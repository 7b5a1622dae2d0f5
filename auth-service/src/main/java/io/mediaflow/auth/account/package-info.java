/**
 * Accounts: registration and login with e-mail or user name and a password.
 */
@NullMarked
package io.mediaflow.auth.account;

import org.jspecify.annotations.NullMarked;
