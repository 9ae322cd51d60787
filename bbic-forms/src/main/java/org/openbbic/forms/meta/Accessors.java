package org.openbbic.forms.meta;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Functions over the public accessors and builders of the model classes, made once with {@link
 * LambdaMetafactory} so that a read costs what a direct call costs.
 */
final class Accessors {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private Accessors() {}

  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method method) {
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              target,
              target.type());
      return (Function<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("no accessor function for " + method, e);
    }
  }

  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method method) {
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "get",
              MethodType.methodType(Supplier.class),
              MethodType.methodType(Object.class),
              target,
              target.type());
      return (Supplier<Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("no builder supplier for " + method, e);
    }
  }

  @SuppressWarnings("unchecked")
  static BiConsumer<Object, Object> setter(Method method) {
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              "accept",
              MethodType.methodType(BiConsumer.class),
              MethodType.methodType(void.class, Object.class, Object.class),
              target,
              target.type().changeReturnType(void.class));
      return (BiConsumer<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("no builder setter for " + method, e);
    }
  }
}
