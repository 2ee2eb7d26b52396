-- Public submissions are counted by the platform's rate limiter (ratelimit.attempt, bucket public-submission).
DROP TABLE inquiry.public_submission;
