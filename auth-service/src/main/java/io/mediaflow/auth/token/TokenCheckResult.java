package io.mediaflow.auth.token;

import java.util.UUID;

record TokenCheckResult(UUID userId, String name) {
}
