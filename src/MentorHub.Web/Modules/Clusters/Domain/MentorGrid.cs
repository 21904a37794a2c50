namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// Uniform latitude/longitude buckets over the mentors, searched in square rings around a mentee.
/// Every cell carries a great-circle lower bound (<see cref="GreatCircle.LowerBoundKm"/>) so a search
/// can stop as soon as nothing further out can beat what it already has: the solver stays exact.
/// Only valid when all points span less than 180° of longitude (no antimeridian wrap); callers check
/// <see cref="CanIndex"/>.
/// </summary>
internal sealed class MentorGrid
{
    private readonly double _lat0, _lon0, _cellLat, _cellLon;
    private readonly int[] _cellStart;
    private readonly int[] _items;
    private readonly double[] _latBound, _lonBound;

    public MentorGrid(PairCostModel model, IReadOnlyList<int> mentors, IEnumerable<int> mentees)
    {
        double minLat = double.MaxValue, maxLat = double.MinValue, minLon = double.MaxValue, maxLon = double.MinValue;
        void Extend(double lat, double lon)
        {
            minLat = Math.Min(minLat, lat); maxLat = Math.Max(maxLat, lat);
            minLon = Math.Min(minLon, lon); maxLon = Math.Max(maxLon, lon);
        }
        foreach (int j in mentors)
        {
            Extend(model.MentorLat(j), model.MentorLon(j));
        }
        double maxAbsLat = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
        foreach (int i in mentees)
        {
            maxAbsLat = Math.Max(maxAbsLat, Math.Abs(model.MenteeLat(i)));
        }
        if (mentors.Count == 0)
        {
            minLat = maxLat = minLon = maxLon = 0;
        }

        // Aim at about two mentors per cell: rings then stay short and cells rarely sit empty.
        double spanLat = Math.Max(maxLat - minLat, 1e-6), spanLon = Math.Max(maxLon - minLon, 1e-6);
        double midCos = Math.Max(0.05, Math.Cos((minLat + maxLat) / 2 * Math.PI / 180));
        double kmLat = spanLat * 111.2, kmLon = spanLon * 111.2 * midCos;
        double cellKm = Math.Sqrt(kmLat * kmLon * 2 / Math.Max(1, mentors.Count));
        int nx = Math.Clamp((int)Math.Ceiling(kmLon / Math.Max(cellKm, 1e-9)), 1, 1024);
        int ny = Math.Clamp((int)Math.Ceiling(kmLat / Math.Max(cellKm, 1e-9)), 1, 1024);
        Nx = nx;
        Ny = ny;
        _lat0 = minLat;
        _lon0 = minLon;
        _cellLat = spanLat / ny;
        _cellLon = spanLon / nx;

        _cellStart = new int[nx * ny + 1];
        var cellOf = new int[mentors.Count];
        for (int k = 0; k < mentors.Count; k++)
        {
            cellOf[k] = CellOf(model.MentorLat(mentors[k]), model.MentorLon(mentors[k]), out _, out _);
            _cellStart[cellOf[k] + 1]++;
        }
        for (int c = 0; c < nx * ny; c++)
        {
            _cellStart[c + 1] += _cellStart[c];
        }
        _items = new int[mentors.Count];
        var fill = (int[])_cellStart.Clone();
        for (int k = 0; k < mentors.Count; k++)
        {
            _items[fill[cellOf[k]]++] = mentors[k];
        }

        int maxRing = Math.Max(nx, ny) + 1;
        _latBound = new double[maxRing + 1];
        _lonBound = new double[maxRing + 1];
        for (int d = 1; d <= maxRing; d++)
        {
            // Index difference d means at least d − 1 whole cells lie between the two points.
            _latBound[d] = GreatCircle.LowerBoundKm((d - 1) * _cellLat, 0, maxAbsLat);
            _lonBound[d] = GreatCircle.LowerBoundKm(0, (d - 1) * _cellLon, maxAbsLat);
        }
    }

    public int Nx { get; }
    public int Ny { get; }
    public int CellCount => Nx * Ny;

    public static bool CanIndex(IEnumerable<double> longitudes)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (double lon in longitudes)
        {
            min = Math.Min(min, lon);
            max = Math.Max(max, lon);
        }
        return max - min < 180;
    }

    /// <summary>Clamps points outside the box to the border cell; bounds stay valid because clamping only shrinks index differences.</summary>
    public int CellOf(double lat, double lon, out int cx, out int cy)
    {
        cx = Math.Clamp((int)Math.Floor((lon - _lon0) / _cellLon), 0, Nx - 1);
        cy = Math.Clamp((int)Math.Floor((lat - _lat0) / _cellLat), 0, Ny - 1);
        return cy * Nx + cx;
    }

    public ReadOnlySpan<int> MentorsIn(int cell) => _items.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]);

    public int MaxRing(int cx, int cy) => Math.Max(Math.Max(cx, Nx - 1 - cx), Math.Max(cy, Ny - 1 - cy));

    /// <summary>No mentor in ring r (or beyond) is closer than this.</summary>
    public double RingLowerBoundKm(int r) => r == 0 ? 0 : Math.Min(_latBound[r], _lonBound[r]);

    public double CellLowerBoundKm(int cell, int cx, int cy)
    {
        int dx = Math.Abs(cell % Nx - cx), dy = Math.Abs(cell / Nx - cy);
        return Math.Max(_latBound[dy], _lonBound[dx]);
    }

    /// <summary>Writes the cells of ring r (Chebyshev distance r from (cx, cy)) into buffer; returns how many.</summary>
    public int RingCells(int cx, int cy, int r, int[] buffer)
    {
        int n = 0;
        if (r == 0)
        {
            buffer[n++] = cy * Nx + cx;
            return n;
        }
        for (int x = cx - r; x <= cx + r; x++)
        {
            if (x < 0 || x >= Nx)
            {
                continue;
            }
            if (cy - r >= 0)
            {
                buffer[n++] = (cy - r) * Nx + x;
            }
            if (cy + r < Ny)
            {
                buffer[n++] = (cy + r) * Nx + x;
            }
        }
        for (int y = cy - r + 1; y <= cy + r - 1; y++)
        {
            if (y < 0 || y >= Ny)
            {
                continue;
            }
            if (cx - r >= 0)
            {
                buffer[n++] = y * Nx + cx - r;
            }
            if (cx + r < Nx)
            {
                buffer[n++] = y * Nx + cx + r;
            }
        }
        return n;
    }

    public int RingBufferSize => 8 * (Math.Max(Nx, Ny) + 1) + 1;
}
