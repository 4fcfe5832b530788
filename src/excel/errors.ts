// Errors from Excel (OfficeExtension.Error codes) become DubanErrors with a Chinese message that says what to do.
import { DubanError } from "../core/errors";
import { MESSAGES } from "./messages.zh-CN";

/** An Excel API failure, translated for the user; `code` is Excel's error code. */
export class ExcelActionError extends DubanError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

export function isCellEditModeError(error: unknown): boolean {
  return codeOf(error) === "InvalidOperationInCellEditMode";
}

/** A DubanError passes unchanged; an Excel error becomes an ExcelActionError; anything else is rethrown as is. */
export function toUserError(error: unknown): Error {
  if (error instanceof DubanError) return error;
  const code = codeOf(error);
  if (code === null) return error instanceof Error ? error : new Error(String(error));
  const message = (() => {
    switch (code) {
      case "InvalidOperationInCellEditMode":
        return MESSAGES.cellEditMode;
      case "AccessDenied":
        return MESSAGES.accessDenied;
      case "RequestPayloadSizeLimitExceeded":
      case "PayloadTooLarge":
        return MESSAGES.payloadTooLarge;
      case "GeneralException":
        return MESSAGES.generalException;
      case "ItemNotFound":
        return MESSAGES.itemNotFound;
      default:
        return MESSAGES.other(code, error instanceof Error ? error.message : "");
    }
  })();
  return new ExcelActionError(code, message);
}

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the n-th retry: delayMs × n. */
  delayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 4,
  delayMs: 400,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `action`, retrying while Excel is in cell-edit mode (the user may finish typing meanwhile); every failure
 * that reaches the caller is a user error. The await sits inside the try, so a rejected batch is caught here.
 */
export async function withRetry<T>(
  action: () => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!isCellEditModeError(error) || attempt >= options.attempts) throw toUserError(error);
      await options.sleep(options.delayMs * attempt);
    }
  }
}
