using System.Text;

namespace Crosscheck.Evaluation;

/// <summary>An RFC 4180 CSV file read whole: a header and records whose quoted fields may hold commas, quotes and newlines.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) _columns.TryAdd(header[i].Trim(), i);
    }

    public IReadOnlyList<string> Header { get; }

    public List<string[]> Rows { get; }

    /// <summary>The index of each named column; throws an input error naming the ones missing.</summary>
    public int[] Require(string path, params string[] names)
    {
        var missing = names.Where(n => !_columns.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new EvaluationInputException($"cannot read '{path}': no column {string.Join(", ", missing)} in its header");
        return names.Select(n => _columns[n]).ToArray();
    }

    public static CsvTable Read(string path)
    {
        EvalReport.RequireFile(path);
        string content;
        try { content = File.ReadAllText(path, Encoding.UTF8); }
        catch (IOException e) { throw new EvaluationInputException($"cannot read '{path}': {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new EvaluationInputException($"cannot read '{path}': {e.Message}"); }
        var records = Parse(content);
        if (records.Count == 0) throw new EvaluationInputException($"cannot read '{path}': the file is empty");
        return new CsvTable(records[0], records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
    }

    internal static List<string[]> Parse(string content)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c != '"') sb.Append(c);
                else if (i + 1 < content.Length && content[i + 1] == '"') { sb.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && sb.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n') i++;
                fields.Add(sb.ToString());
                sb.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else sb.Append(c);
        }
        if (sb.Length > 0 || fields.Count > 0)
        {
            fields.Add(sb.ToString());
            records.Add([.. fields]);
        }
        return records;
    }
}
