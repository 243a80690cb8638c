namespace IpsMonitor.Workbooks;

/// <summary>
/// Primary and secondary (complementary) suppression over every identity the workbook states. Primary: each shown count
/// of 1 to 4 is hidden. Secondary: as long as some count of 1 to 4 (hidden, or a difference no cell shows) is still
/// determined by the visible cells through the identities, the smallest visible count in an identity with it is hidden
/// too (a zero only when nothing else is left, as a hidden zero protects least; ties go to the first registered). A count
/// is determined exactly when its column is not a linear combination of the other unknowns' columns in the identities
/// (then every solution has the same value for it). The proof over real files is ExternDerivationTests; see docs/privacy.md.
/// </summary>
internal static class SecondarySuppression
{
    public static void Apply(IReadOnlyList<Tally> tallies, IReadOnlyList<TallyRelation> relations)
    {
        foreach (var tally in tallies)
            if (tally.Shown && SmallCells.IsSmall(tally.Value))
                tally.Hidden = true;

        // Passes until one hides nothing more. Each pass brings the identities, restricted to the unknown counts, to
        // reduced row echelon form once: a count is determined exactly when its column is a pivot whose row has no other
        // unknown in it (that row then reads "count = visible figures"). One cover per exposed identity per pass, then the
        // form is taken again, since a cover for one count may protect another.
        var sensitive = tallies.Where(t => SmallCells.IsSmall(t.Value) && t.Unknown).ToHashSet();
        while (true)
        {
            var exposed = Determined(relations).Where(sensitive.Contains).OrderBy(t => t.Index).ToList();
            var touched = new HashSet<TallyRelation>();
            foreach (var tally in exposed)
            {
                var within = relations.Where(r => r.Terms.Any(t => t.Tally == tally)).ToList();
                if (within.Any(touched.Contains) || Cover(tally, relations) is not { } cover)
                    continue;
                cover.Hidden = true;
                touched.UnionWith(within);
                touched.UnionWith(relations.Where(r => r.Terms.Any(t => t.Tally == cover)));
            }
            if (touched.Count == 0)
                return;
        }
    }

    /// <summary>The unknown counts that the identities and the visible counts fix to one value.</summary>
    public static IReadOnlyList<Tally> Determined(IReadOnlyList<TallyRelation> relations)
    {
        var unknowns = relations.SelectMany(r => r.Terms).Select(t => t.Tally).Where(t => t.Unknown).Distinct().ToList();
        var index = unknowns.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var rows = relations.Select(r =>
        {
            var row = new double[unknowns.Count];
            foreach (var (coefficient, tally) in r.Terms)
                if (index.TryGetValue(tally, out var i))
                    row[i] += coefficient;
            return row;
        }).ToArray();
        return [.. LinearRank.Isolated(rows, unknowns.Count).Select(i => unknowns[i])];
    }

    /// <summary>True when the identities and the visible counts leave only one possible value for the unknown count.</summary>
    public static bool IsDetermined(Tally target, IReadOnlyList<TallyRelation> relations) =>
        target.Unknown && Determined(relations).Contains(target);

    /// <summary>The identities linked to the target through unknown counts; the others cannot say anything about it.</summary>
    private static List<TallyRelation> Component(Tally target, IReadOnlyList<TallyRelation> relations)
    {
        var seen = new HashSet<Tally> { target };
        var queue = new Queue<Tally>([target]);
        var found = new List<TallyRelation>();
        while (queue.TryDequeue(out var tally))
            foreach (var relation in relations)
            {
                if (found.Contains(relation) || !relation.Terms.Any(t => t.Tally == tally))
                    continue;
                found.Add(relation);
                foreach (var (_, other) in relation.Terms)
                    if (other.Unknown && seen.Add(other))
                        queue.Enqueue(other);
            }
        return found;
    }

    /// <summary>The smallest non-zero visible count in an identity with the target, else in the identities linked to it.</summary>
    private static Tally? Cover(Tally target, IReadOnlyList<TallyRelation> relations)
    {
        static Tally? Smallest(IEnumerable<TallyRelation> within) => within
            .SelectMany(r => r.Terms).Select(t => t.Tally).Where(t => t.Shown && !t.Hidden)
            .OrderBy(t => t.Value == 0 ? 1 : 0).ThenBy(t => t.Value).ThenBy(t => t.Index).FirstOrDefault();

        return Smallest(relations.Where(r => r.Terms.Any(t => t.Tally == target))) ?? Smallest(Component(target, relations));
    }
}

/// <summary>Gaussian elimination on a real matrix with small integer entries, with partial pivoting.</summary>
internal static class LinearRank
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// The columns whose unit vector lies in the row space: in reduced row echelon form, the pivot columns whose row has no
    /// other non-zero entry. The rows are changed in place.
    /// </summary>
    public static IEnumerable<int> Isolated(double[][] rows, int columns)
    {
        var pivots = new List<(int Row, int Column)>();
        var rank = 0;
        for (var column = 0; column < columns && rank < rows.Length; column++)
        {
            var pivot = rank;
            for (var r = rank + 1; r < rows.Length; r++)
                if (Math.Abs(rows[r][column]) > Math.Abs(rows[pivot][column]))
                    pivot = r;
            if (Math.Abs(rows[pivot][column]) < Epsilon)
                continue;
            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var lead = rows[rank][column];
            for (var c = column; c < columns; c++)
                rows[rank][c] /= lead;
            for (var r = 0; r < rows.Length; r++)
            {
                if (r == rank || Math.Abs(rows[r][column]) < Epsilon)
                    continue;
                var factor = rows[r][column];
                for (var c = column; c < columns; c++)
                    rows[r][c] -= factor * rows[rank][c];
                rows[r][column] = 0;
            }
            pivots.Add((rank, column));
            rank++;
        }
        var isolated = new List<int>();
        foreach (var (row, column) in pivots)
        {
            var alone = true;
            for (var c = 0; c < columns && alone; c++)
                alone = c == column || Math.Abs(rows[row][c]) < Epsilon;
            if (alone)
                isolated.Add(column);
        }
        return isolated;
    }
}
