import sys
def drop(path, marker, typ):
    """Remove the single E(...) call of type typ whose text contains marker."""
    s = open(path).read()
    pos = 0
    while True:
        k = s.find(marker, pos)
        assert k >= 0, (path, marker)
        i = s.rfind(f'E("{typ}"', 0, k)
        # bracket-match from i
        depth = 0; j = i + 1
        for j in range(i + 1, len(s)):
            c = s[j]
            if c == '(':
                depth += 1
            elif c == ')':
                if depth == 0:
                    break
                depth -= 1
            elif c == '"':
                # skip string
                j2 = j + 1
                while s[j2] != '"':
                    j2 += 2 if s[j2] == '\\' else 1
                # can't reassign loop var meaningfully; handle via recursion below
        break
    return s, i

def remove_call(path, marker, typ):
    s = open(path).read()
    k = s.find(marker, s.find("\nEVENTS"))
    assert k >= 0, (path, marker)
    i = s.rfind(f'E("{typ}"', 0, k)
    assert i >= 0
    j = i + 1  # at '('
    depth = 0; n = len(s); q = False
    while j < n:
        c = s[j]
        if q:
            if c == '\\': j += 2; continue
            if c == '"': q = False
        else:
            if c == '"': q = True
            elif c in '([{': depth += 1
            elif c in ')]}':
                depth -= 1
                if depth == 0: break
        j += 1
    end = j + 1
    # eat trailing comma and newline
    if s[end:end+1] == ',': end += 1
    if s[end:end+1] == '\n': end += 1
    # eat leading indentation
    start = s.rfind('\n', 0, i) + 1
    assert k < end, "marker not inside call"
    s = s[:start] + s[end:]
    open(path, 'w').write(s)

if __name__ == '__main__':
    remove_call(sys.argv[1], sys.argv[2], sys.argv[3])
