import { sopClassName } from './uid-names';

/** A SOP class by its standard name, with the UID on hover; an unknown class shows its UID. */
export function SopClass({ uid }: { uid: string | null }) {
  if (uid === null) return <span className="muted">—</span>;
  const name = sopClassName(uid);
  return name === null ? <code className="uid">{uid}</code> : <span title={uid}>{name}</span>;
}
