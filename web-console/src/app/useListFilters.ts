import { useSearchParams } from "react-router";

/**
 * A list screen's filters, kept in the address so a filtered list can be linked and reloaded.
 * Changing a filter starts again at the first page; typing in the search box replaces the history
 * entry rather than adding one per key.
 */
export function useListFilters() {
  const [search, setSearch] = useSearchParams();
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== "page") next.delete("page");
    setSearch(next, { replace: name === "q" });
  };
  return { search, set };
}
