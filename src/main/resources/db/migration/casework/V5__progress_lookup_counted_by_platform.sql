-- Progress look-ups are counted by the platform's rate limiter (ratelimit.attempt, bucket progress-lookup).
DROP TABLE casework.progress_lookup;
