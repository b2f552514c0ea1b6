using Microsoft.Extensions.Options;

namespace FairHall.Modules.Payments.Gateways;

/// <summary>The absolute URL a gateway posts its notifications to: <c>Payments:PublicBaseUrl</c>, else the current request's origin.</summary>
internal sealed class CallbackUrls(IOptions<PaymentsOptions> options, IHttpContextAccessor http)
{
    public string For(string path)
    {
        var root = options.Value.PublicBaseUrl;
        if (string.IsNullOrEmpty(root) && http.HttpContext?.Request is { } request)
        {
            root = $"{request.Scheme}://{request.Host}";
        }

        return new Uri(new Uri(string.IsNullOrEmpty(root) ? "http://localhost" : root), path).ToString();
    }
}
