"""Random page edits for the fuzz tests: deletions, insertions, line moves and truncation."""

from __future__ import annotations

from hypothesis import strategies as st

OPS = ("delete", "insert", "dup_line", "drop_line", "truncate", "swap")


def edited(texts: list[str], pieces: st.SearchStrategy[str], max_span: int) -> st.SearchStrategy[str]:
    """One of ``texts`` with up to six random edits; insertions are drawn from ``pieces``."""

    @st.composite
    def strategy(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(texts))
        for _ in range(draw(st.integers(1, 6))):
            op = draw(st.sampled_from(OPS))
            n = len(text)
            a = draw(st.integers(0, max(0, n - 1)))
            b = min(n, a + draw(st.integers(0, max_span)))
            if op == "delete":
                text = text[:a] + text[b:]
            elif op == "insert":
                text = text[:a] + "".join(draw(st.lists(pieces, max_size=8))) + text[a:]
            elif op == "truncate":
                text = text[:a]
            else:
                lines = text.split("\n")
                i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
                if op == "dup_line":
                    lines.insert(i, lines[j])
                elif op == "drop_line":
                    lines.pop(i)
                else:
                    lines[i], lines[j] = lines[j], lines[i]
                text = "\n".join(lines)
        return text

    return strategy()
