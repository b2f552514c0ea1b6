using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FairHall.Platform.Html;

/// <summary>
/// Allow-list sanitizer for rich descriptions (CAT-2, X-1). The input is parsed like a browser would (AngleSharp),
/// then re-written from scratch: only the listed elements and attributes survive; script-like elements are
/// dropped with their content; links may point to http, https or mailto only, images to http, https or /media/.
/// Everything else is unwrapped to its text. The output is safe to render as raw HTML.
/// </summary>
public static class RichText
{
    private const int MaxDepth = 64;

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a", "img",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    };

    /// <summary>Elements removed together with everything inside them.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "template",
        "noscript", "noembed", "noframes", "xmp", "textarea", "select", "option", "button", "input", "form",
        "link", "meta", "base", "title", "head", "audio", "video", "source", "track", "canvas", "portal", "plaintext",
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "img" };

    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var output = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Write(node, output, 0);
        }

        return output.ToString();
    }

    private static void Write(INode node, StringBuilder output, int depth)
    {
        switch (node)
        {
            case IText text:
                Encode(text.Data, output);
                return;
            case IElement element:
                WriteElement(element, output, depth);
                return;
            default:
                // Comments, processing instructions, doctypes: dropped.
                return;
        }
    }

    private static void WriteElement(IElement element, StringBuilder output, int depth)
    {
        var name = element.LocalName.ToLowerInvariant();
        if (Dropped.Contains(name) || element.NamespaceUri is { } ns && ns != NamespaceNames.HtmlUri)
        {
            return;
        }

        var keep = Allowed.Contains(name) && depth < MaxDepth;
        if (keep)
        {
            var attributes = new StringBuilder();
            if (!Attributes(name, element, attributes))
            {
                // An image without a safe source is nothing at all; a link without a safe target is its text.
                if (name == "img")
                {
                    return;
                }

                keep = name != "a";
            }

            if (keep)
            {
                output.Append('<').Append(name).Append(attributes).Append('>');
                if (Void.Contains(name))
                {
                    return;
                }
            }
        }

        foreach (var child in element.ChildNodes)
        {
            Write(child, output, depth + 1);
        }

        if (keep)
        {
            output.Append("</").Append(name).Append('>');
        }
    }

    /// <summary>Writes the allowed attributes; false when a required URL is missing or unsafe.</summary>
    private static bool Attributes(string name, IElement element, StringBuilder output)
    {
        switch (name)
        {
            case "a":
                if (SafeUrl(element.GetAttribute("href"), allowMailto: true, allowMedia: false) is not { } href)
                {
                    return false;
                }

                Attribute(output, "href", href);
                Attribute(output, "rel", "nofollow noopener");
                return true;
            case "img":
                if (SafeUrl(element.GetAttribute("src"), allowMailto: false, allowMedia: true) is not { } src)
                {
                    return false;
                }

                Attribute(output, "src", src);
                if (element.GetAttribute("alt") is { } alt)
                {
                    Attribute(output, "alt", alt.Length > 300 ? alt[..300] : alt);
                }

                return true;
            case "td" or "th":
                foreach (var span in new[] { "colspan", "rowspan" })
                {
                    if (element.GetAttribute(span) is { } v && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 1 and <= 50)
                    {
                        Attribute(output, span, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>
    /// The URL when its scheme is allowed. Entities were already decoded by the parser; browsers also ignore
    /// whitespace and control characters inside the scheme, so they are removed before the check and in the output.
    /// </summary>
    internal static string? SafeUrl(string? value, bool allowMailto, bool allowMedia)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c > ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                cleaned.Append(c);
            }
        }

        var url = cleaned.ToString();
        if (url.Length is 0 or > 2000)
        {
            return null;
        }

        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null;
        }

        if (allowMailto && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        if (allowMedia && url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
        {
            return url;
        }

        return null;
    }

    private static void Attribute(StringBuilder output, string name, string value)
    {
        output.Append(' ').Append(name).Append("=\"");
        Encode(value, output);
        output.Append('"');
    }

    private static void Encode(string text, StringBuilder output)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    output.Append("&amp;");
                    break;
                case '<':
                    output.Append("&lt;");
                    break;
                case '>':
                    output.Append("&gt;");
                    break;
                case '"':
                    output.Append("&quot;");
                    break;
                case '\'':
                    output.Append("&#39;");
                    break;
                case '\0':
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }
}
