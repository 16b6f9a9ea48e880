"use client";

import { Banner } from "@/components/ui/banner";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { ApiError, describeError, isTransient } from "@/lib/client/api-error";

/** Says a live refresh failed while the last good rows stay on screen. */
export function RefreshBanner({
  error,
  dataAt,
}: {
  error: unknown;
  dataAt: number | undefined;
}) {
  const signIn =
    error instanceof ApiError &&
    (error.code === "sign_in_expired" || error.code === "unauthenticated");
  return (
    <Banner
      action={
        signIn ? (
          <button
            type="button"
            className="btn"
            onClick={() => window.location.reload()}
          >
            Reload and sign in
          </button>
        ) : undefined
      }
    >
      <strong className="font-semibold">Refresh failed:</strong>{" "}
      {describeError(error)}
      {!signIn && isTransient(error) ? "; retrying" : ""}. Showing data{" "}
      <UpdatedAgo at={dataAt} label="loaded" />.
    </Banner>
  );
}
