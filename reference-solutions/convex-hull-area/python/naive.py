def hull_area2(points):
    # Gift wrapping (Jarvis march): from the lowest-leftmost point, repeatedly pick the point
    # that has every other point on its left; O(n * h). Then the shoelace formula.
    pts = list(set(points))
    if len(pts) < 3:
        return 0
    start = min(pts)
    hull = []
    p = start
    while True:
        hull.append(p)
        q = pts[0] if pts[0] != p else pts[1]
        for r in pts:
            if r == p:
                continue
            c = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
            if c < 0 or (c == 0 and (r[0] - p[0]) ** 2 + (r[1] - p[1]) ** 2 > (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2):
                q = r
        p = q
        if p == start:
            break
    area = 0
    for i in range(len(hull)):
        x1, y1 = hull[i]
        x2, y2 = hull[(i + 1) % len(hull)]
        area += x1 * y2 - x2 * y1
    return abs(area)
