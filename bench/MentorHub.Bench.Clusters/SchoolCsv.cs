using System.Globalization;
using System.Text;
using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Bench;

/// <summary>Just enough RFC 4180 to read the school register export (quoted names contain commas).</summary>
internal static class SchoolCsv
{
    public static List<ClusterSchool> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        int id = header.IndexOf("id"), level = header.IndexOf("level"), lat = header.IndexOf("latitude"), lon = header.IndexOf("longitude");
        var schools = new List<ClusterSchool>();
        var pt = new HashSet<string> { "pt" };
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = Split(line);
            schools.Add(new ClusterSchool(
                f[id],
                double.TryParse(f[lat], CultureInfo.InvariantCulture, out double la) ? la : null,
                double.TryParse(f[lon], CultureInfo.InvariantCulture, out double lo) ? lo : null,
                f[level], pt, new HashSet<string>()));
        }
        return schools;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int k = 0; k < line.Length; k++)
        {
            char c = line[k];
            if (quoted)
            {
                if (c == '"' && k + 1 < line.Length && line[k + 1] == '"')
                {
                    current.Append('"');
                    k++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }
}
