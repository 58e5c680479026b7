using System.Collections;
using System.Globalization;
using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Zmd.Vocational.Reporting.Rendering;

/// <summary><c>table 'caption' headers rows [options]</c>: a numbered table ("表 3　各县在校生"). A header is a title, or
/// an object <c>{title, key, format: 'num'|'pct'|'text', decimals}</c>; a row is a list of cells in header order, or an
/// object read by the headers' keys. Numbers are formatted and right-aligned, a missing value is "—", text is escaped,
/// markup from the renderer's own functions (a sparkline) is kept. Options: <c>{note: '注：…', empty: '…'}</c>; a
/// table without rows says so in one row.</summary>
internal static class ReportTables
{
    public static object? Table(SandboxContext context, SourceSpan span, ScriptArray args)
    {
        var caption = context.ObjectToString(args[0]) ?? "";
        var columns = Columns(context, span, args[1]);
        if (columns.Count == 0)
        {
            throw new ScriptRuntimeException(span, "`table` needs at least one header.");
        }

        var rows = args[2] switch
        {
            null => new List<object?>(),
            IEnumerable list and not string => list.Cast<object?>().ToList(),
            _ => throw new ScriptRuntimeException(span, "`table` needs the rows as a list."),
        };
        var options = args.Count > 3 ? args[3] as ScriptObject : null;
        var note = Option(context, options, "note");
        var empty = Option(context, options, "empty") ?? context.Document.Text("Rendering:NoData");
        var number = context.Document.NextTable();
        var label = context.Document.Text("Rendering:Table") + " " + number.ToString(CultureInfo.InvariantCulture);

        var cells = rows.Select(row => columns.Select((column, i) => ToCell(context, column, row, i)).ToList()).ToList();
        return new TrustedMarkup(context.Format == ReportFormat.Html
            ? Html(number, label, caption, columns, cells, note, empty)
            : Markdown(label, caption, columns, cells, note, empty));
    }

    private static string Html(int number, string label, string caption, List<Column> columns, List<List<Cell>> rows, string? note, string empty)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"data-table\" id=\"tbl-").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\">\n<caption><span class=\"caption-no\">")
            .Append(MarkupEscaper.Html(label)).Append("</span>　").Append(MarkupEscaper.Html(caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in columns)
        {
            sb.Append("<th scope=\"col\"").Append(column.Numeric ? " class=\"num\"" : "").Append('>').Append(MarkupEscaper.Html(column.Title)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        if (rows.Count == 0)
        {
            sb.Append("<tr><td class=\"no-data\" colspan=\"").Append(columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(MarkupEscaper.Html(empty)).Append("</td></tr>\n");
        }

        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append(cell.Numeric ? "<td class=\"num\">" : "<td>").Append(cell.Trusted ? cell.Text : MarkupEscaper.Html(cell.Text)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        if (!string.IsNullOrWhiteSpace(note))
        {
            sb.Append("<p class=\"table-note\">").Append(MarkupEscaper.Html(note)).Append("</p>\n");
        }

        return sb.ToString();
    }

    private static string Markdown(string label, string caption, List<Column> columns, List<List<Cell>> rows, string? note, string empty)
    {
        var sb = new StringBuilder();
        sb.Append("\n**").Append(MarkupEscaper.Markdown(label)).Append('　').Append(MarkupEscaper.Markdown(caption)).Append("**\n\n|");
        foreach (var column in columns)
        {
            sb.Append(' ').Append(OneLine(MarkupEscaper.Markdown(column.Title))).Append(" |");
        }

        sb.Append("\n|");
        foreach (var column in columns)
        {
            sb.Append(column.Numeric ? " ---: |" : " --- |");
        }

        sb.Append('\n');
        if (rows.Count == 0)
        {
            sb.Append("| ").Append(MarkupEscaper.Markdown(empty)).Append(" |").Append(string.Concat(Enumerable.Repeat(" |", columns.Count - 1))).Append('\n');
        }

        foreach (var row in rows)
        {
            sb.Append('|');
            foreach (var cell in row)
            {
                sb.Append(' ').Append(OneLine(cell.Trusted ? cell.Text : MarkupEscaper.Markdown(cell.Text))).Append(" |");
            }

            sb.Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            sb.Append('\n').Append(MarkupEscaper.Markdown(note)).Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    private static string OneLine(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');

    private static List<Column> Columns(SandboxContext context, SourceSpan span, object? headers)
    {
        if (headers is not IEnumerable list || headers is string)
        {
            throw new ScriptRuntimeException(span, "`table` needs the headers as a list.");
        }

        var columns = new List<Column>();
        foreach (var header in list)
        {
            if (header is ScriptObject spec)
            {
                var format = Option(context, spec, "format");
                columns.Add(new Column(
                    Option(context, spec, "title") ?? "",
                    Option(context, spec, "key"),
                    format,
                    spec.TryGetValue("decimals", out var d) ? ReportFunctions.ToDecimal(d) is { } dec ? (int)dec : null : null,
                    format is "num" or "pct"));
            }
            else
            {
                columns.Add(new Column(context.ObjectToString(header) ?? "", null, null, null, false));
            }
        }

        return columns;
    }

    private static Cell ToCell(SandboxContext context, Column column, object? row, int index)
    {
        var value = row switch
        {
            ScriptObject obj when column.Key is not null => obj.TryGetValue(column.Key, out var v) ? v : null,
            ScriptObject obj => obj.Values.Skip(index).FirstOrDefault(),
            IList list => index < list.Count ? list[index] : null,
            _ => index == 0 ? row : null,
        };

        if (value is TrustedMarkup trusted)
        {
            return new Cell(trusted.Text, column.Numeric, true);
        }

        if (column.Format == "text")
        {
            return new Cell(value is null ? "—" : context.ObjectToString(value) ?? "", false, false);
        }

        var number = value is string ? null : ReportFunctions.ToDecimal(value);
        if (number is not null || (value is null && column.Numeric))
        {
            var text = column.Format == "pct"
                ? (number is null ? "—" : ReportFunctions.Number(context, number, column.Decimals ?? 1) + "%")
                : ReportFunctions.Number(context, number, column.Decimals);
            return new Cell(text, true, false);
        }

        return new Cell(ReportFunctions.Plain(context, value), column.Numeric, false);
    }

    private static string? Option(SandboxContext context, ScriptObject? options, string name) =>
        options is not null && options.TryGetValue(name, out var value) && value is not null ? context.ObjectToString(value) : null;

    private sealed record Column(string Title, string? Key, string? Format, int? Decimals, bool Numeric);

    private sealed record Cell(string Text, bool Numeric, bool Trusted);
}
