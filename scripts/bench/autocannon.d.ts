// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p97_5: number; p99: number };
  export type Result = {
    duration: number; errors: number; timeouts: number; non2xx: number; "2xx": number;
    requests: Histogram; latency: Histogram; throughput: Histogram;
  };
  export type Options = {
    url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number;
    headers?: Record<string, string>; method?: string;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
