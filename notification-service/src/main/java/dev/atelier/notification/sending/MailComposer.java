package dev.atelier.notification.sending;

import dev.atelier.notification.customers.CustomerContact;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.orders.OrderDetails;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Writes a notification's mail from the templates: the customer's name, the order's reference,
 * delivery and items, and the shop's name, address and signature. Dates are written the customer's
 * language's way.
 */
@Component
public class MailComposer {

    private final MailTemplates templates;
    private final NotificationProperties.Shop shop;

    public MailComposer(MailTemplates templates, NotificationProperties properties) {
        this.templates = templates;
        this.shop = properties.shop();
    }

    /** The template a kind of notification uses for this order. */
    static String templateName(NotificationKind kind, OrderDetails order) {
        return switch (kind) {
            case ORDER_READY -> order.isDelivered() ? "order-on-its-way" : "order-ready-for-pickup";
            case ORDER_DELIVERED -> "order-delivered";
            case DELIVERY_REMINDER -> order.isDelivered() ? "delivery-reminder" : "pickup-reminder";
            case BALANCE_DUE -> "balance-due";
        };
    }

    public ComposedMail compose(NotificationKind kind, CustomerContact customer, OrderDetails order) {
        String name = templateName(kind, order);
        String language = templates.languageFor(name, customer.language());
        Map<String, Object> model = model(customer, order, Locale.forLanguageTag(language));
        return new ComposedMail(Objects.requireNonNull(customer.email(), "email"), customer.name(),
                templates.render(language, name, "subject", model).strip(),
                templates.render(language, name, "txt", model),
                templates.render(language, name, "html", model), language);
    }

    private Map<String, Object> model(CustomerContact customer, OrderDetails order, Locale locale) {
        Map<String, Object> orderModel = new LinkedHashMap<>();
        orderModel.put("reference", order.reference());
        orderModel.put("deliveryDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(order.deliveryDate()));
        orderModel.put("balanceDue", order.balanceDue() == null ? "" : money(order.balanceDue(), locale));
        orderModel.put("address", order.deliveryAddress() == null ? "" : address(order.deliveryAddress()));
        List<Map<String, String>> items = order.items() == null ? List.of() : order.items().stream()
                .filter(item -> item.description() != null && !item.description().isBlank())
                .map(item -> Map.of("description", item.description(),
                        "size", item.size() == null ? "" : item.size()))
                .toList();
        orderModel.put("items", items);
        orderModel.put("hasItems", !items.isEmpty());

        Map<String, Object> shopModel = new LinkedHashMap<>();
        shopModel.put("name", shop.name());
        shopModel.put("addressLines", Arrays.stream(shop.address().split("[,\\n]")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        shopModel.put("signature", shop.signature());
        shopModel.put("email", shop.email());

        return Map.of("customer", Map.of("name", customer.name()), "order", orderModel, "shop", shopModel);
    }

    private static String money(OrderDetails.Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }

    private static String address(OrderDetails.Address address) {
        return String.join(", ", Stream.of(address.street(), postalAndCity(address), address.country())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    private static String postalAndCity(OrderDetails.Address address) {
        return address.postalCode() == null || address.postalCode().isBlank() ? address.city()
                : address.postalCode() + " " + address.city();
    }
}
