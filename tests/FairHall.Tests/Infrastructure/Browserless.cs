using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FairHall.Tests.Infrastructure;

/// <summary>
/// Drives server-rendered pages over HTTP like a browser without JavaScript: keeps cookies, reads pages with
/// AngleSharp and submits their forms (hidden antiforgery fields included).
/// </summary>
public sealed class Browserless : IDisposable
{
    private readonly HttpClient client;

    public Browserless(FairHallApp app, string language = "zh-CN")
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
    }

    public HttpResponseMessage? LastResponse { get; private set; }

    public async Task<IDocument> GetAsync(string url)
    {
        var response = await FollowAsync(await client.GetAsync(url));
        return await ParseAsync(response);
    }

    /// <summary>Fills the fields of the form found by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<IDocument> SubmitAsync(IDocument page, string formSelector, IDictionary<string, string> fields)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }

            if (input.Type is "submit" or "button")
            {
                continue;
            }

            values.Add(new(input.Name!, input.Value));
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values.Add(new(select.Name!, select.Value ?? ""));
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values.Add(new(area.Name!, area.Value));
        }

        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        return await ParseAsync(await FollowAsync(response));
    }

    public async Task<IDocument> LoginAsync(string userName, string password = DemoUsers.Password)
    {
        var page = await GetAsync("/login");
        return await SubmitAsync(page, "form", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
    }

    private async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var i = 0; i < 5 && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location; i++)
        {
            response = await client.GetAsync(location);
        }

        LastResponse = response;
        return response;
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => client.Dispose();
}
