import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // pino and the AWS SDK run in Node on the server; bundling them buys nothing.
  serverExternalPackages: ["pino", "@aws-sdk/client-batch"],
};

export default nextConfig;
