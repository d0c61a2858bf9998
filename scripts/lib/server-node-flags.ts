// How Node runs the app's server (npm start, and the benchmark, which measures the app as npm start
// serves it). A page render allocates a lot of short-lived objects (React's render, Prisma's
// results): with 64 MB semi-spaces instead of Node's default, the young generation is collected
// less often, and a governance page served 6 to 10 % more requests per second in our measures,
// for some 100 MB more memory at most. Elsewhere: NODE_OPTIONS=--max-semi-space-size=64.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"] as const;
