package com.example.dtos;

import dev.mcplet.McpTool;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tools over a user's existing DTOs, unchanged. */
public class Catalog {

    /** Lists products. */
    @McpTool
    public Page<Product> listProducts(int page) {
        Product product = new Product();
        product.setId("p-" + page);
        product.setName("Widget");
        product.setPrice(new BigDecimal("9.90"));
        product.setAvailable(true);
        product.setTags(List.of("new"));
        product.setCategory(Category.BOOKS);
        product.setThumbnail(new byte[] {1, 2, 3});
        product.setInternalNote("secret");
        product.setUpdatedAt(java.time.Instant.parse("2025-01-31T14:30:00Z"));
        return new Page<>(List.of(product), page < 2 ? "cursor-" + (page + 1) : null);
    }

    /** Saves a product and returns it as stored. */
    @McpTool
    public Product saveProduct(Product product) {
        return product;
    }

    /** Counts products per tag over pages of grouped products. */
    @McpTool
    public Map<String, Integer> tagCounts(Page<Map<String, List<Product>>> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, List<Product>> group : groups.items()) {
            for (Map.Entry<String, List<Product>> entry : group.entrySet()) {
                counts.merge(entry.getKey(), entry.getValue().size(), Integer::sum);
            }
        }
        return counts;
    }

    @McpTool
    public Pair<String, Integer> longest(List<String> words) {
        String longest = "";
        for (String word : words) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return new Pair<>(longest, longest.length());
    }

    @McpTool
    public String shipTo(Address address) {
        return address.getStreet() + ", " + address.getPostalCode() + (address.getCountry() == null ? "" : ", " + address.getCountry());
    }

    @McpTool
    public Address normalise(Address address) {
        return new Address(address.getStreet().trim(), address.getPostalCode(), address.getCountry());
    }

    @McpTool
    public Money total(List<Money> amounts) {
        Money total = new Money();
        total.amount = BigDecimal.ZERO;
        for (Money money : amounts) {
            total.amount = total.amount.add(money.amount);
            total.currency = money.currency;
            total.setMemo(money.getMemo());
        }
        return total;
    }

    @McpTool
    public double area(Shape shape) {
        if (shape instanceof Shape.Circle circle) {
            return Math.PI * circle.radius() * circle.radius();
        }
        Shape.Rectangle rectangle = (Shape.Rectangle) shape;
        return rectangle.width() * rectangle.height();
    }

    @McpTool
    public Shape scale(Shape shape, double factor) {
        if (shape instanceof Shape.Circle circle) {
            return new Shape.Circle(circle.radius() * factor);
        }
        Shape.Rectangle rectangle = (Shape.Rectangle) shape;
        return new Shape.Rectangle(rectangle.width() * factor, rectangle.height() * factor);
    }

    @McpTool
    public String describe(Event event) {
        if (event instanceof Event.Created created) {
            return "created " + created.sku() + " at " + created.at();
        }
        return "deleted " + ((Event.Deleted) event).getSku();
    }

    @McpTool
    public List<Event> history(String sku) {
        Event.Deleted deleted = new Event.Deleted();
        deleted.setSku(sku);
        return List.of(new Event.Created(sku, java.time.Instant.parse("2025-01-31T14:30:00Z")), deleted);
    }

    @McpTool
    public double evaluate(Expr expr) {
        if (expr instanceof Expr.Num num) {
            return num.value();
        }
        if (expr instanceof Expr.Add add) {
            return evaluate(add.left()) + evaluate(add.right());
        }
        Expr.Mul mul = (Expr.Mul) expr;
        return evaluate(mul.left()) * evaluate(mul.right());
    }

    @McpTool
    public int size(Tree<String> tree) {
        int size = 1;
        for (Tree<String> child : tree.children()) {
            size += size(child);
        }
        return size;
    }

    @McpTool
    public int checksum(byte[] data) {
        int sum = 0;
        for (byte b : data) {
            sum += b & 0xff;
        }
        return sum;
    }

    @McpTool
    public byte[] reverse(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[data.length - 1 - i];
        }
        return out;
    }

    @McpTool
    public Category classify(Category category) {
        return category;
    }

    @McpTool
    public String measure(double amount, Unit unit) {
        return amount + " " + unit.symbol();
    }

    @McpTool
    public List<Unit> units() {
        return List.of(Unit.values());
    }

    @McpTool
    public Priority prioritise(Priority priority) {
        return priority;
    }

    @McpTool
    public Envelope<List<Address>> envelope(Envelope<Address> request) {
        Envelope<List<Address>> response = new Envelope<>();
        response.setRequestId(request.getRequestId());
        response.setData(request.getData() == null ? List.of() : List.of(request.getData(), request.getData()));
        return response;
    }

    @McpTool
    public String pay(Payment payment) {
        if (payment instanceof Payment.Card card) {
            return "card ending " + card.getLast4() + ": " + card.getAmount();
        }
        return "transfer from " + ((Payment.Transfer) payment).getIban() + ": " + payment.getAmount();
    }

    /** A subtype of a sealed interface used on its own: no discriminator. */
    @McpTool
    public double circleArea(Shape.Circle circle) {
        return Math.PI * circle.radius() * circle.radius();
    }

    @McpTool
    public Dimensions doubled(Dimensions dimensions) {
        return Dimensions.of(dimensions.getWidth() * 2, dimensions.getHeight() * 2);
    }

    @McpTool
    public Tender change(Tender tender) {
        if (tender instanceof Tender.Cash cash) {
            return new Tender.Cash(cash.kind(), cash.amount().negate());
        }
        return tender;
    }

    @McpTool
    public Shipment delay(Shipment shipment, int days) {
        return new Shipment(shipment.trackingNumber(), shipment.estimatedDelivery().plusDays(days), shipment.carrierName(),
                "DELAYED");
    }
}
