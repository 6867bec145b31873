import { ServiceRequestError } from './service-request';

/** Passes a request's outcome through, ending the session visibly first when the service answered 401. */
export async function endSessionOnUnauthenticated<T>(
  request: Promise<T>,
  markExpired: () => void,
): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ServiceRequestError && error.code === 'UNAUTHENTICATED') markExpired();
    throw error;
  }
}
