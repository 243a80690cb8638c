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

        // Passes until one hides nothing more: hiding a cell can only make fewer counts determined, but a cover chosen
        // for one count can be needed by another, so each pass looks at every small unknown again.
        var sensitive = tallies.Where(t => SmallCells.IsSmall(t.Value) && t.Unknown).ToList();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var exposed in sensitive)
            {
                if (!IsDetermined(exposed, relations) || Cover(exposed, relations) is not { } cover)
                    continue;
                cover.Hidden = true;
                changed = true;
            }
        }
    }

    /// <summary>True when the identities and the visible counts leave only one possible value for the unknown count.</summary>
    public static bool IsDetermined(Tally target, IReadOnlyList<TallyRelation> relations)
    {
        var component = Component(target, relations);
        var unknowns = component.SelectMany(r => r.Terms).Select(t => t.Tally).Where(t => t.Unknown).Distinct().ToList();
        var with = Rank(component, unknowns);
        var without = Rank(component, [.. unknowns.Where(t => t != target)]);
        return with > without;
    }

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

    /// <summary>Rank of the identities restricted to the given columns, by Gaussian elimination (coefficients are small integers).</summary>
    private static int Rank(List<TallyRelation> rows, List<Tally> columns)
    {
        var index = columns.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var matrix = rows.Select(r =>
        {
            var row = new double[columns.Count];
            foreach (var (coefficient, tally) in r.Terms)
                if (index.TryGetValue(tally, out var i))
                    row[i] += coefficient;
            return row;
        }).ToArray();
        return LinearRank.Of(matrix, columns.Count);
    }
}

/// <summary>Rank of a small real matrix by Gaussian elimination with partial pivoting.</summary>
internal static class LinearRank
{
    private const double Epsilon = 1e-9;

    public static int Of(double[][] rows, int columns)
    {
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
            for (var r = rank + 1; r < rows.Length; r++)
            {
                var factor = rows[r][column] / rows[rank][column];
                if (factor == 0)
                    continue;
                for (var c = column; c < columns; c++)
                    rows[r][c] -= factor * rows[rank][c];
            }
            rank++;
        }
        return rank;
    }
}
